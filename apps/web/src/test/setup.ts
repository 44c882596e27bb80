import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// The API client keeps the fetch it finds when it is created, at import time. Forward to
// whichever fetch is current so each test can vi.stubGlobal('fetch', …) its own network.
const realFetch = globalThis.fetch;
const forwardingFetch: typeof fetch = (input, init) =>
  (globalThis.fetch === forwardingFetch ? realFetch : globalThis.fetch)(input, init);
globalThis.fetch = forwardingFetch;

afterEach(() => {
  cleanup();
});
