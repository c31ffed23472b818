import { EventEmitter } from 'node:events';
import { onShutdown, type ShutdownTarget } from '../../lib/graceful-shutdown';

/** A stand-in for the process: it emits the signals, and records the exit. */
function fakeProcess() {
  const exited = jest.fn();
  const target = Object.assign(new EventEmitter(), { exit: exited as unknown as ShutdownTarget['exit'] });
  return { target, exited };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('onShutdown', () => {
  it("holds next start's exit after SIGTERM until the registered work has ended, then exits with Next's code", async () => {
    const { target, exited } = fakeProcess();
    let finish!: () => void;
    const task = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    onShutdown(task, { target });
    expect(task).not.toHaveBeenCalled();

    target.emit('SIGTERM');
    expect(task).toHaveBeenCalledTimes(1);
    // What next start does once its HTTP server has closed (in-flight requests done).
    target.exit(143);
    await settle();
    expect(exited).not.toHaveBeenCalled();

    finish();
    await settle();
    expect(exited).toHaveBeenCalledWith(143);
    target.emit('SIGINT');
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not hold an exit that no signal asked for', () => {
    const { target, exited } = fakeProcess();
    onShutdown(() => new Promise<void>(() => undefined), { target });
    target.exit(1);
    expect(exited).toHaveBeenCalledWith(1);
  });

  it('exits after the timeout when a task never ends', async () => {
    jest.useFakeTimers();
    try {
      const { target, exited } = fakeProcess();
      onShutdown(() => new Promise<void>(() => undefined), { target, timeoutMs: 5_000 });
      target.emit('SIGINT');
      target.exit(130);
      await jest.advanceTimersByTimeAsync(5_000);
      expect(exited).toHaveBeenCalledWith(130);
    } finally {
      jest.useRealTimers();
    }
  });
});
