// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('startedAt is out of range');
  return <p>Rendered</p>;
}
function Page() {
  const [count, setCount] = useState(0);
  return (
    <>
      <ErrorBoundary what="the interviews">
        <Fragile />
      </ErrorBoundary>
      <button type="button" onClick={() => setCount(count + 1)}>
        Clicked {count}
      </button>
    </>
  );
}

describe('ErrorBoundary', () => {
  it('shows the error in place, keeps the rest of the page working, and tries again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    render(<Page />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not show the interviews: startedAt is out of range');
    await user.click(screen.getByRole('button', { name: /Clicked/ }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument();
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Rendered')).toBeInTheDocument();
  });
});
