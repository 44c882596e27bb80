import { describe, expect, it } from 'vitest';
import { makeApplication } from '../../../test/factories';
import { toFormValues, toUpdate } from './application-form';

const app = makeApplication({ version: 7, location: 'Berlin', salaryMin: 80000, notes: 'Met at PyData' });

describe('toUpdate', () => {
  it('is null when nothing changed', () => {
    expect(toUpdate(app, toFormValues(app))).toBeNull();
  });

  it('sends only changed fields, with the version; emptied fields become null', () => {
    const values = { ...toFormValues(app), location: '  ', salaryMin: '95000', salaryCurrency: 'eur', archived: true };
    expect(toUpdate(app, values)).toEqual({
      version: 7,
      location: null,
      salaryMin: 95000,
      salaryCurrency: 'EUR',
      archived: true,
    });
  });
});
