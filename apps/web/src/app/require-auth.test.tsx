import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ToastProvider } from '../components/ui/toast';
import { json, mockApi, problem } from '../test/api-mock';
import { createTestQueryClient } from '../test/render';
import { AppLayout } from './app-layout';
import { RequireAuth } from './require-auth';

function renderApp() {
  const queryClient = createTestQueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <MemoryRouter initialEntries={['/']}>
          <Routes>
            <Route path="/login" element={<p>Sign-in page</p>} />
            <Route element={<RequireAuth />}>
              <Route element={<AppLayout />}>
                <Route index element={<p>The Today page</p>} />
              </Route>
            </Route>
          </Routes>
        </MemoryRouter>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

describe('RequireAuth and the layout', () => {
  it('sends a visitor without a session to sign in', async () => {
    mockApi({ 'GET /api/auth/me': () => problem(401, 'unauthenticated', 'Sign in first') });
    renderApp();
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
    expect(screen.queryByText('The Today page')).not.toBeInTheDocument();
  });

  it("shows the signed-in user's name and signs out", async () => {
    const api = mockApi({
      'GET /api/auth/me': () =>
        json(200, { id: '00000000-0000-4000-8000-0000000000aa', email: 'ada@example.com', name: 'Ada Lovelace', createdAt: '2025-01-01T00:00:00.000Z' }),
      'POST /api/auth/logout': () => json(204),
    });
    renderApp();

    expect(await screen.findByText('The Today page')).toBeInTheDocument();
    expect(screen.getByText('Ada Lovelace')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Today/ })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Board' })).not.toHaveAttribute('aria-current');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText('Sign-in page')).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('POST', '/api/auth/logout')).toHaveLength(1));
  });
});
