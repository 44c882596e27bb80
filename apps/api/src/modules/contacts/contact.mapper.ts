import type { ContactKind, OutreachType, ReferralStatus } from '@offerpath/domain';
import type { ContactDetailDto, ContactDto, TimelineEntryDto } from './dto/contact.dto.js';

/** A contacts row as selected by CONTACT_COLUMNS. */
export interface ContactRow {
  id: string;
  name: string;
  companyId: string | null;
  companyName: string | null;
  title: string | null;
  linkedinUrl: string | null;
  email: string | null;
  phone: string | null;
  kind: ContactKind;
  tags: string[];
  notes: string | null;
  howMet: string | null;
  connectedOn: string | null;
  lastContactedAt: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface TimelineRow {
  entry: 'outreach' | 'referral';
  id: string;
  occurredOn: string;
  outreachType: OutreachType | null;
  referralId: string | null;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus | null;
  applicationId: string | null;
  note: string | null;
}

export function mapContact(row: ContactRow): ContactDto {
  return {
    id: row.id,
    name: row.name,
    companyId: row.companyId,
    companyName: row.companyName,
    title: row.title,
    linkedinUrl: row.linkedinUrl,
    email: row.email,
    phone: row.phone,
    kind: row.kind,
    tags: row.tags,
    notes: row.notes,
    howMet: row.howMet,
    connectedOn: row.connectedOn,
    lastContactedAt: row.lastContactedAt,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function mapTimelineEntry(row: TimelineRow): TimelineEntryDto {
  return { ...row, id: String(row.id) };
}

export function mapContactDetail(row: ContactRow, timeline: TimelineRow[]): ContactDetailDto {
  return { ...mapContact(row), timeline: timeline.map(mapTimelineEntry) };
}
