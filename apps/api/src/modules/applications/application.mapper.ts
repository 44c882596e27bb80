import type { Channel, OpenStage, Stage, WorkMode } from '@offerpath/domain';
import type { ApplicationEventType } from './application-event.entity.js';
import type { ApplicationDetailDto, ApplicationDto, ApplicationEventDto, BoardCardDto, NextFollowUpDto } from './dto/application.dto.js';

/** An applications row as selected by APPLICATION_COLUMNS. */
export interface ApplicationRow {
  id: string;
  companyName: string;
  companyId: string | null;
  roleTitle: string;
  jobUrl: string | null;
  location: string | null;
  workMode: WorkMode | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  channel: Channel;
  stage: Stage;
  lastOpenStage: OpenStage | null;
  excitement: number | null;
  notes: string | null;
  appliedOn: string | null;
  offerDeadline: string | null;
  resumeVersion: string | null;
  archived: boolean;
  position: number;
  version: number;
  stageChangedAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** A board card: the application and its next pending follow-up (JSON), if any. */
export interface BoardCardRow extends ApplicationRow {
  nextFollowUp: NextFollowUpDto | null;
}

export interface ApplicationEventRow {
  id: string;
  type: ApplicationEventType;
  fromStage: Stage | null;
  toStage: Stage;
  at: Date;
}

export function mapApplication(row: ApplicationRow): ApplicationDto {
  return {
    id: row.id,
    companyName: row.companyName,
    companyId: row.companyId,
    roleTitle: row.roleTitle,
    jobUrl: row.jobUrl,
    location: row.location,
    workMode: row.workMode,
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    salaryCurrency: row.salaryCurrency,
    channel: row.channel,
    stage: row.stage,
    lastOpenStage: row.lastOpenStage,
    excitement: row.excitement,
    notes: row.notes,
    appliedOn: row.appliedOn,
    offerDeadline: row.offerDeadline,
    resumeVersion: row.resumeVersion,
    archived: row.archived,
    position: row.position,
    version: row.version,
    stageChangedAt: row.stageChangedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function mapBoardCard(row: BoardCardRow): BoardCardDto {
  return { ...mapApplication(row), nextFollowUp: row.nextFollowUp };
}

export function mapApplicationEvent(row: ApplicationEventRow): ApplicationEventDto {
  return { id: String(row.id), type: row.type, fromStage: row.fromStage, toStage: row.toStage, at: row.at.toISOString() };
}

export function mapApplicationDetail(row: ApplicationRow, history: ApplicationEventRow[]): ApplicationDetailDto {
  return { ...mapApplication(row), history: history.map(mapApplicationEvent) };
}
