import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import { problemFromLowLevelError, sendProblem } from './common/problem.filter.js';
import { ProblemDto } from './common/problem.js';
import { createValidationPipe } from './common/validation.js';
import type { AppConfig } from './config/config.js';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Offerpath API')
    .setDescription('Job applications, the pipeline board and their history. Errors are RFC 9457 problem+json.')
    .setVersion('0.1.0')
    .addCookieAuth('offerpath_session')
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto] });
}

/** The whole HTTP app, configured the same for the server, the tests and the OpenAPI export. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bodyParser: false,
    logger: LEVELS[config.logLevel],
  });
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        // Swagger UI at /api/docs needs inline styles and scripts; the app itself does not.
        directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'style-src': ["'self'", "'unsafe-inline'"], 'upgrade-insecure-requests': null },
      },
    }),
  );
  // The board of a long search is a large JSON document; gzip makes it ~10x smaller on the wire.
  app.use(compression());
  app.use(cookieParser());
  app.use('/api', express.json({ limit: config.bodyLimit, type: ['application/json', 'application/*+json'] }));
  // Body-parser errors happen before Nest's filters; answer them as problem+json too.
  app.use('/api', (error: unknown, req: Request, res: Response, next: NextFunction) => {
    const problem = typeof error === 'object' && error ? problemFromLowLevelError(error) : null;
    if (problem) sendProblem(res, problem, req);
    else next(error);
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  if (config.webDir && fs.existsSync(path.join(config.webDir, 'index.html'))) serveWeb(app, config.webDir);
  return app;
}

/** The built web app at /, with index.html for client-side routes. */
function serveWeb(app: NestExpressApplication, webDir: string): void {
  const index = path.join(webDir, 'index.html');
  app.use(
    express.static(webDir, {
      index: false,
      setHeaders: (res, file) => {
        // Vite fingerprints assets, so they can be cached forever; index.html must not be.
        if (file.includes(`${path.sep}assets${path.sep}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
