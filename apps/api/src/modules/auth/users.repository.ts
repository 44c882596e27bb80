import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UsersRepository {
  constructor(private readonly db: DataSource) {}

  /** Inserts a user, or returns null when the email is taken. */
  async create(email: string, name: string, passwordHash: string): Promise<UserEntity | null> {
    const result = await this.db
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ email, name, passwordHash })
      .orIgnore()
      .returning('*')
      .execute();
    const row = result.raw[0] as { id: string; email: string; name: string; created_at: Date } | undefined;
    return row ? Object.assign(new UserEntity(), { id: row.id, email: row.email, name: row.name, createdAt: row.created_at }) : null;
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ email });
  }
}
