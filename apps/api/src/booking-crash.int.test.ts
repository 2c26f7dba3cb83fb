import { createPostgresDatabaseFromTemplate } from '@talon/testing';
import { runBookingCrash } from '@talon/testing/booking-crash';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const isPostgres = process.env.TEST_DB === 'postgres';

/**
 * Crash safety (issue 16 item 5, docs/booking.md «Crash safety»): 1 000 bookings in flight, the API process
 * killed with SIGKILL when about half are answered, a restart. Every 201 is in the database and replays the
 * same appointment, no slot or patient is booked twice, every cut-off request ends in one appointment or a
 * refusal, and the worker then delivers each confirmation once. PostgreSQL only: it spawns the real server.
 */
describe.runIf(isPostgres)('booking survives a SIGKILL of the API (PostgreSQL)', () => {
  let url = '';
  let drop: () => Promise<void> = async () => {};

  beforeAll(async () => {
    ({ url, drop } = await createPostgresDatabaseFromTemplate(inject('postgresUrl')));
  });

  afterAll(async () => {
    await drop();
  });

  it('keeps every acknowledged booking, duplicates none and confirms each once', {
    timeout: 180_000,
  }, async () => {
    const result = await runBookingCrash({ databaseUrl: url, requests: 1_000, slots: 600, killAfter: 0.5 });
    const report = JSON.stringify(result);
    // The kill landed mid-flight: some answered, some cut off.
    expect(result.acknowledged, report).toBeGreaterThan(0);
    expect(result.answers.none ?? 0, report).toBeGreaterThan(0);
    // Every 201 is present and active after the restart, and its retry gives the same appointment.
    expect(result.acknowledgedPresent, report).toBe(result.acknowledged);
    expect(result.acknowledgedReplayedSame, report).toBe(result.acknowledged);
    // A refusal wrote nothing; a cut-off request ends in exactly one appointment or a refusal.
    expect(result.refusedButBooked, report).toBe(0);
    expect(result.unanswered.inconsistent, report).toBe(0);
    expect(result.unanswered.booked + result.unanswered.refused, report).toBe(result.unanswered.total);
    // No slot and no patient holds two active appointments.
    expect(result.slotsDoubleBooked, report).toBe(0);
    expect(result.patientsDoubleBooked, report).toBe(0);
    expect(result.activeAppointments, report).toBeLessThanOrEqual(result.slots);
    // One confirmation per appointment and channel, none for what was not booked, each delivered once.
    expect(result.confirmations.appointmentsWithout, report).toBe(0);
    expect(result.confirmations.duplicateRows, report).toBe(0);
    expect(result.confirmations.outboxOfInactive, report).toBe(0);
    expect(result.confirmations.deliverable, report).toBe(2 * result.activeAppointments);
    expect(result.confirmations.delivered, report).toBe(result.confirmations.deliverable);
    expect(result.confirmations.sinkRepeats, report).toBe(0);
    // Every send was recorded: a worker that could not mark a message sent would send it again later.
    expect(result.workerLog.errors, report).toBe(0);
  });
});
