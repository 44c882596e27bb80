import { CADENCE_RULE_KEYS, CADENCE_RULES, GHOST_AFTER_DAYS, checkCadenceOverrides, defaultCadenceRuleSettings, mergeCadenceOverrides, resolveCadence } from '@offerpath/domain';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ProblemException } from '../../common/problem.js';
import { SchedulerService } from '../scheduler/scheduler.service.js';
import { type CadenceRunCounts, CadenceRepository } from './cadence.repository.js';
import type { CadenceSettingsDto, UpdateCadenceSettingsDto } from './dto/cadence-settings.dto.js';

/**
 * Cadence rules: follow-ups made when something was sent and no answer came, cancelled by
 * themselves once it does, and ghosting of silent applications. The `cadence` job runs them for
 * everyone; reconcileUser runs them for one user right after they log something, so follow-ups
 * appear and disappear at once rather than on the next tick.
 */
@Injectable()
export class CadenceService implements OnModuleInit {
  private readonly logger = new Logger('Cadence');

  constructor(
    private readonly repo: CadenceRepository,
    private readonly scheduler: SchedulerService,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({
      name: 'cadence',
      run: async (manager, now) => {
        const counts = await this.repo.run(manager, null, now);
        if (counts.created + counts.cancelled + counts.ghosted > 0) this.logger.log(`created ${counts.created}, cancelled ${counts.cancelled}, ghosted ${counts.ghosted}`);
      },
    });
  }

  /**
   * Runs every rule for one user. Called after the user's own change has committed; a failure
   * here must not fail that request (the scheduled job catches up), so it is logged, not thrown.
   */
  async reconcileUser(userId: string, now: Date = new Date()): Promise<CadenceRunCounts | null> {
    try {
      return await this.repo.run(null, userId, now);
    } catch (err) {
      this.logger.error(`reconcile of user ${userId} failed: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  async getSettings(userId: string): Promise<CadenceSettingsDto> {
    const stored = await this.repo.settings(userId);
    const resolved = resolveCadence(stored.cadence);
    return {
      rules: CADENCE_RULE_KEYS.map((key) => {
        const rule = CADENCE_RULES[key];
        const defaults = defaultCadenceRuleSettings(key);
        const hasCount = rule.maxMaxCount !== null;
        return {
          key,
          label: rule.label,
          description: rule.description,
          kind: rule.kind,
          timing: rule.timing,
          enabled: resolved[key].enabled,
          days: resolved[key].days,
          maxCount: hasCount ? resolved[key].maxCount : null,
          minDays: rule.minDays,
          maxDays: rule.maxDays,
          maxMaxCount: rule.maxMaxCount,
          defaults: { enabled: defaults.enabled, days: defaults.days, maxCount: hasCount ? defaults.maxCount : null },
        };
      }),
      ghostAfterDays: stored.ghostAfterDays,
      ghostAfterDaysDefault: GHOST_AFTER_DAYS.default,
    };
  }

  async updateSettings(userId: string, dto: UpdateCadenceSettingsDto): Promise<CadenceSettingsDto> {
    const checked = checkCadenceOverrides(dto.rules ?? {});
    if (!checked.ok) {
      throw new ProblemException({ status: 400, code: 'validation_failed', detail: checked.errors[0].message, errors: checked.errors });
    }
    await this.repo.updateSettings(userId, (stored) => mergeCadenceOverrides(stored, checked.value), dto.ghostAfterDays);
    await this.reconcileUser(userId);
    return this.getSettings(userId);
  }
}
