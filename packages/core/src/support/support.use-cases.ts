import {
  closeMySupportTicket,
  getMySupportTicket,
  listMySupportTickets,
  replyToMySupportTicket,
} from './my-support-tickets';
import { openSupportTicket, openSystemTicket } from './open-support-ticket';
import {
  answerSupportTicket,
  assignSupportTicket,
  getSupportTicket,
  listSupportQueue,
  setSupportTicketStatus,
} from './operator-support-tickets';
import {
  getHelpArticle,
  getSupportAvailability,
  getSupportMetrics,
  listCannedAnswers,
  saveCannedAnswer,
  saveHelpArticle,
  searchHelpArticles,
} from './support-knowledge';

/** The support desk: the knowledge base, the person's tickets, the operators' queue and metrics. */
export const supportUseCases = {
  searchHelpArticles,
  getHelpArticle,
  saveHelpArticle,
  openSupportTicket,
  openSystemTicket,
  listMySupportTickets,
  getMySupportTicket,
  replyToMySupportTicket,
  closeMySupportTicket,
  listSupportQueue,
  getSupportTicket,
  assignSupportTicket,
  answerSupportTicket,
  setSupportTicketStatus,
  listCannedAnswers,
  saveCannedAnswer,
  getSupportMetrics,
  getSupportAvailability,
};
