import { Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCookieAuth, ApiCreatedResponse, ApiProperty, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '../../common/auth.guard.js';
import { ProblemDto, ProblemException } from '../../common/problem.js';
import { demoData } from './demo-data.js';
import { DemoRepository } from './demo.repository.js';

export class DemoSeedResultDto {
  @ApiProperty({ type: 'integer', description: 'How many applications were created.' })
  created: number;
}

@ApiTags('demo')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ type: ProblemDto })
@Controller('demo')
export class DemoController {
  constructor(private readonly demo: DemoRepository) {}

  @Post('seed')
  @ApiCreatedResponse({ type: DemoSeedResultDto, description: 'A realistic ML-engineer job hunt, with history, contacts and outreach, referrals and interview rounds.' })
  @ApiConflictResponse({ type: ProblemDto, description: 'account_not_empty' })
  async seed(@CurrentUser() user: AuthUser): Promise<DemoSeedResultDto> {
    const created = await this.demo.seed(user.id, demoData());
    if (created === null) {
      throw new ProblemException({ status: 409, code: 'account_not_empty', detail: 'Demo data only goes into an empty account' });
    }
    return { created };
  }
}
