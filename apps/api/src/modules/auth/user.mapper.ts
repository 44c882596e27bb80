import type { AuthUser } from '../../common/auth.guard.js';
import type { UserDto } from './dto/auth.dto.js';

export function mapUser(user: AuthUser): UserDto {
  return { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt.toISOString() };
}
