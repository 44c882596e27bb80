import { LIMITS } from '@offerpath/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';

const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class RegisterDto {
  @ApiProperty({ example: 'ada@example.com', maxLength: LIMITS.emailMax })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(LIMITS.emailMax)
  email: string;

  @ApiProperty({ minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax })
  @IsString()
  @MinLength(LIMITS.passwordMin, { message: `password must be at least ${LIMITS.passwordMin} characters` })
  @MaxLength(LIMITS.passwordMax, { message: `password must be at most ${LIMITS.passwordMax} characters` })
  password: string;

  @ApiProperty({ example: 'Ada Lovelace', maxLength: LIMITS.nameMax })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(LIMITS.nameMax)
  name: string;
}

export class LoginDto {
  @ApiProperty({ example: 'ada@example.com', maxLength: LIMITS.emailMax })
  @Transform(normaliseEmail)
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.emailMax)
  email: string;

  @ApiProperty({ maxLength: LIMITS.passwordMax })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.passwordMax)
  password: string;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  email: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}
