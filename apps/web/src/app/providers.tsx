import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ToastProvider } from '../components/ui/toast';
import { meQueryKey } from '../features/auth/api/get-me';
import { createQueryClient } from '../lib/query-client';

/** Any 401 means the session is gone: forget the user, and the route guard sends them to sign in. */
export function createAppQueryClient(): QueryClient {
  return createQueryClient({
    onUnauthenticated: (client) => client.setQueryData(meQueryKey, null),
  });
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>{children}</ToastProvider>
    </QueryClientProvider>
  );
}
