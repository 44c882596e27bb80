import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { AppProviders, createAppQueryClient } from './providers';
import { AppRoutes } from './router';

export function App() {
  const [queryClient] = useState(createAppQueryClient);
  return (
    <AppProviders queryClient={queryClient}>
      <BrowserRouter>
        <ErrorBoundary>
          <AppRoutes />
        </ErrorBoundary>
      </BrowserRouter>
    </AppProviders>
  );
}
