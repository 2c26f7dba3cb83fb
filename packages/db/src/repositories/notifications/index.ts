export { createAppointmentLinksRepository } from './appointment-links.repository';
export { createPreferencesRepository } from './preferences.repository';
export { createRecipientsRepository } from './recipients.repository';
export { createRemindersRepository } from './reminders.repository';
