import { Module } from '@nestjs/common';
import { DemoController } from './demo.controller.js';
import { DemoRepository } from './demo.repository.js';

@Module({ controllers: [DemoController], providers: [DemoRepository], exports: [DemoRepository] })
export class DemoModule {}
