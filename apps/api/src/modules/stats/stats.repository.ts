import type { Channel, FunnelHistogramRow, FunnelStage, RoundKind } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APPLICATION_STATS_SQL, HISTOGRAM_SQL, INTERVIEWS_SQL, NETWORKING_SQL } from './stats.sql.js';

export interface StatsFilter {
  from: string | null;
  to: string | null;
  channel: Channel | null;
}

export interface DurationRow {
  median: number | null;
  p75: number | null;
  n: number;
}

export interface ApplicationStatsRow {
  histogram: FunnelHistogramRow[];
  toFirstResponse: DurationRow;
  toOffer: DurationRow;
  inStage: Array<{ stage: FunnelStage; duration: DurationRow }>;
}

export interface NetworkingRow {
  timeZone: string;
  connectionRequests: number;
  connectionsAccepted: number;
  messagesSent: number;
  replies: number;
  referralAsks: number;
  referralsAgreed: number;
  referralsSubmitted: number;
  referralsInterviewing: number;
}

export interface InterviewRoundRow {
  roundKind: RoundKind;
  total: number;
  passed: number;
  failed: number;
  pending: number;
}

/** Every aggregate is computed in Postgres; each statement is filtered by user_id on its index. */
@Injectable()
export class StatsRepository {
  constructor(private readonly db: DataSource) {}

  async histogram(userId: string, filter: StatsFilter): Promise<FunnelHistogramRow[]> {
    const rows: Array<{ histogram: FunnelHistogramRow[] }> = await this.db.query(HISTOGRAM_SQL, [userId, filter.from, filter.to, filter.channel]);
    return rows[0].histogram;
  }

  async applicationStats(userId: string, filter: StatsFilter): Promise<ApplicationStatsRow> {
    const rows: ApplicationStatsRow[] = await this.db.query(APPLICATION_STATS_SQL, [userId, filter.from, filter.to, filter.channel]);
    return rows[0];
  }

  async networking(userId: string, filter: StatsFilter): Promise<NetworkingRow> {
    const rows: NetworkingRow[] = await this.db.query(NETWORKING_SQL, [userId, filter.from, filter.to]);
    return rows[0];
  }

  interviews(userId: string, filter: StatsFilter): Promise<InterviewRoundRow[]> {
    return this.db.query(INTERVIEWS_SQL, [userId, filter.from, filter.to, filter.channel]);
  }
}
