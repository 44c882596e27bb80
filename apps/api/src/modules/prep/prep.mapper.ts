import { prepTargetPreset, SYSTEM_DESIGN_TOPICS } from '@offerpath/domain';
import type { PrepDto, PrepProblemDto, PrepTopicDto, UpcomingInterviewDto } from './dto/prep.dto.js';
import type { PrepOverviewRow, PrepProblemRow, PrepTopicRow, UpcomingInterviewRow } from './prep.repository.js';

export function mapProblem(row: PrepProblemRow): PrepProblemDto {
  return {
    id: row.id,
    solvedOn: row.solvedOn,
    count: row.count,
    title: row.title,
    url: row.url,
    difficulty: row.difficulty,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

/** The whole catalogue, each topic with what the user stored for it (if anything). */
export function mapTopics(rows: readonly PrepTopicRow[]): PrepTopicDto[] {
  const stored = new Map(rows.map((row) => [row.topic, row]));
  return SYSTEM_DESIGN_TOPICS.map(({ key, label, group }) => {
    const row = stored.get(key);
    return { key, label, group, covered: row !== undefined, coveredOn: row?.coveredOn ?? null, notes: row?.notes ?? null };
  });
}

export function mapTopic(row: PrepTopicRow): PrepTopicDto {
  return mapTopics([row]).find((topic) => topic.key === row.topic) as PrepTopicDto;
}

function mapInterview(row: UpcomingInterviewRow): UpcomingInterviewDto {
  return { ...row, startsAt: new Date(row.startsAt).toISOString(), endsAt: row.endsAt === null ? null : new Date(row.endsAt).toISOString() };
}

export function mapOverview(row: PrepOverviewRow): PrepDto {
  return {
    target: row.target,
    preset: prepTargetPreset(row.target),
    solvedTotal: row.solvedTotal,
    today: row.today,
    perWeek: row.perWeek,
    recent: row.recent.map(mapProblem),
    topics: mapTopics(row.topics),
    upcomingInterviews: row.upcomingInterviews.map(mapInterview),
  };
}
