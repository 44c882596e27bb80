import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module.js';
import { DemoController } from './demo.controller.js';
import { DemoRepository } from './demo.repository.js';

@Module({ imports: [CompaniesModule], controllers: [DemoController], providers: [DemoRepository], exports: [DemoRepository] })
export class DemoModule {}
