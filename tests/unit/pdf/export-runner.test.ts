// How an export that threw ended, as the worker thread and the export handler both report it.
import { describe, expect, it } from 'vitest';
import { ExportCancelled, ExportError } from '../../../main/pdf/export';
import { exportEnding } from '../../../main/pdf/export-runner';

const aborted = () => {
  const c = new AbortController();
  c.abort();
  return c.signal;
};

describe('the ending of an export that threw', () => {
  it('is cancelled when the export says so', () => {
    expect(exportEnding(new ExportCancelled('/x.pdf'), undefined)).toEqual({ status: 'cancelled' });
  });

  it('is cancelled when the signal aborted, whatever broke then', () => {
    expect(exportEnding(new Error('write after end'), aborted())).toEqual({ status: 'cancelled' });
    expect(exportEnding(new ExportError('/x.pdf', 'Cannot write /x.pdf'), aborted())).toEqual({ status: 'cancelled' });
  });

  it("is failed with an ExportError's message", () => {
    expect(exportEnding(new ExportError('/x.pdf', 'Cannot write /x.pdf: disk full'), new AbortController().signal)).toEqual({
      status: 'failed',
      message: 'Cannot write /x.pdf: disk full',
    });
  });

  it('is not an ending for any other error, which the caller rethrows or reports', () => {
    expect(exportEnding(new TypeError('bug'), undefined)).toBeNull();
  });
});
