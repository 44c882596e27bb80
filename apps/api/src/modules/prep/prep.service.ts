import { isSystemDesignTopic, PREP_TARGET_PRESETS, prepTargetPreset } from '@offerpath/domain';
import { Injectable } from '@nestjs/common';
import { badField, notFound } from '../../common/problem.js';
import type { CreatePrepProblemDto, PrepDto, PrepProblemDto, PrepTargetDto, PrepTopicDto, UpdatePrepTargetDto, UpdatePrepTopicDto } from './dto/prep.dto.js';
import { mapOverview, mapProblem, mapTopic } from './prep.mapper.js';
import { PrepRepository } from './prep.repository.js';

const afterToday = (field: string) => badField(field, `${field} must not be after today`);

@Injectable()
export class PrepService {
  constructor(private readonly repo: PrepRepository) {}

  async get(userId: string): Promise<PrepDto> {
    return mapOverview(await this.repo.overview(userId));
  }

  async logProblem(userId: string, dto: CreatePrepProblemDto): Promise<PrepProblemDto> {
    const row = await this.repo.insertProblem(userId, {
      solvedOn: dto.solvedOn ?? null,
      count: dto.count ?? 1,
      title: dto.title ?? null,
      url: dto.url ?? null,
      difficulty: dto.difficulty ?? null,
    });
    if (!row) throw afterToday('solvedOn');
    return mapProblem(row);
  }

  async deleteProblem(userId: string, id: string): Promise<void> {
    if (!(await this.repo.deleteProblem(userId, id))) throw notFound('Problem');
  }

  async coverTopic(userId: string, topic: string, dto: UpdatePrepTopicDto): Promise<PrepTopicDto> {
    if (!isSystemDesignTopic(topic)) throw badField('topic', `topic must be one of the catalogue’s keys, not ${topic.slice(0, 64)}`);
    const row = await this.repo.upsertTopic(userId, topic, dto.coveredOn ?? null, dto.notes);
    if (!row) throw afterToday('coveredOn');
    return mapTopic(row);
  }

  async uncoverTopic(userId: string, topic: string): Promise<void> {
    if (!isSystemDesignTopic(topic)) throw badField('topic', `topic must be one of the catalogue’s keys, not ${topic.slice(0, 64)}`);
    if (!(await this.repo.deleteTopic(userId, topic))) throw notFound('Covered topic');
  }

  async setTarget(userId: string, dto: UpdatePrepTargetDto): Promise<PrepTargetDto> {
    const wanted = dto.preset !== undefined ? PREP_TARGET_PRESETS[dto.preset] : (dto.target as number);
    const target = await this.repo.setTarget(userId, wanted);
    return { target, preset: prepTargetPreset(target) };
  }
}
