import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../../test/api-mock';
import { renderWithProviders } from '../../../test/render';
import { LoginPage } from './login-page';
import { RegisterPage } from './register-page';

const ada = { id: '00000000-0000-4000-8000-0000000000aa', email: 'ada@example.com', name: 'Ada', createdAt: '2025-01-01T00:00:00.000Z' };
const signedOut = () => problem(401, 'unauthenticated', 'Sign in first');

describe('LoginPage', () => {
  it('signs in and goes to the board', async () => {
    const api = mockApi({ 'GET /api/auth/me': signedOut, 'POST /api/auth/login': () => json(200, ada) });
    const { user } = renderWithProviders(<LoginPage />, { route: '/login', path: '/login' });

    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/));
    expect(api.callsTo('POST', '/api/auth/login')[0].body).toEqual({ email: 'ada@example.com', password: 'correct horse' });
  });

  it('says when the credentials are wrong', async () => {
    mockApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': () => problem(401, 'invalid_credentials', 'Invalid email or password'),
    });
    const { user } = renderWithProviders(<LoginPage />, { route: '/login', path: '/login' });

    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Email or password is incorrect.')).toHaveAttribute('role', 'alert');
    expect(screen.getByTestId('location')).toHaveTextContent('/login');
  });

  it('says to wait after too many attempts', async () => {
    mockApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/login': () => problem(429, 'too_many_attempts', 'Slow down'),
    });
    const { user } = renderWithProviders(<LoginPage />, { route: '/login', path: '/login' });

    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'whatever1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Too many attempts, try again later')).toHaveAttribute('role', 'alert');
  });
});

describe('RegisterPage', () => {
  it('shows the password minimum and refuses a short one without calling the API', async () => {
    const api = mockApi({ 'GET /api/auth/me': signedOut });
    const { user } = renderWithProviders(<RegisterPage />, { route: '/register', path: '/register' });

    const password = await screen.findByLabelText('Password');
    expect(password).toHaveAccessibleDescription('At least 8 characters.');
    await user.type(screen.getByLabelText('Name'), 'Ada');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(password, 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(/Use at least 8 characters\./);
    expect(api.callsTo('POST', '/api/auth/register')).toHaveLength(0);
  });

  it('puts API field errors next to their fields', async () => {
    const api = mockApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/register': () =>
        problem(400, 'validation_failed', 'email must be a valid email address', [
          { field: 'email', message: 'email must be a valid email address' },
        ]),
    });
    const { user } = renderWithProviders(<RegisterPage />, { route: '/register', path: '/register' });

    await user.type(await screen.findByLabelText('Name'), 'Ada');
    await user.type(screen.getByLabelText('Email'), 'ada@');
    await user.type(screen.getByLabelText('Password'), 'long enough');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(email).toHaveAccessibleDescription('email must be a valid email address'));
    // Beside the field only, not repeated in a banner.
    expect(screen.getAllByText('email must be a valid email address')).toHaveLength(1);
    expect(api.callsTo('POST', '/api/auth/register')[0].body).toEqual({
      name: 'Ada',
      email: 'ada@',
      password: 'long enough',
    });
  });

  it('flags a taken email on the email field', async () => {
    mockApi({
      'GET /api/auth/me': signedOut,
      'POST /api/auth/register': () => problem(409, 'email_taken', 'Email already registered'),
    });
    const { user } = renderWithProviders(<RegisterPage />, { route: '/register', path: '/register' });

    await user.type(await screen.findByLabelText('Name'), 'Ada');
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'long enough');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/An account with this email already exists/),
    );
  });
});
