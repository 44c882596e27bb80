import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from './app.factory.js';
import { AppModule } from './app.module.js';
import { loadConfig } from './config/config.js';

/**
 * The OpenAPI document without a database: preview mode maps routes and DTOs but does not
 * instantiate providers, so nothing connects.
 */
export async function exportOpenApi(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot(loadConfig({}), 'postgres://unused@127.0.0.1:1/unused'), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix('api');
  const document = buildOpenApiDocument(app);
  await app.close();
  return document;
}
