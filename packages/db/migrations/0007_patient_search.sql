-- Registry patient search (issue 4, item 9). SNILS and OMS are found through their unique blind-index
-- indexes already; these two cover the other criteria so that a search stays an index look-up on a
-- register of millions.
-- Surname and birth date, with ё folded to е (registrars type either; the stored spelling keeps the legal ё).
-- Names are stored in one canonical case (parsePersonName), so no lower() is needed: lower() of Cyrillic
-- depends on the database locale.
CREATE INDEX patients_search_surname_birth_idx ON patients (translate(surname, 'Ёё', 'Ее'), birth_date);
--> statement-breakpoint
-- The phone the clinic has on file (the account's phone is covered by accounts_phone_key).
CREATE INDEX patients_phone_idx ON patients (phone) WHERE phone IS NOT NULL;
