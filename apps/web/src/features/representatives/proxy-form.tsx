import {
  describeIdentifierError,
  parseBirthDate,
  parsePersonName,
  parseSnils,
} from '@talon/core/identifiers';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { focusFirstInvalid, TextField } from '../../shared/ui/text-field';
import { CodeField } from '../auth/code-field';
import { errorCode, fieldErrorsOf } from '../auth/form-errors';
import { ThrottledFormAlert } from '../auth/throttled-form-alert';
import { representativesApi, representativesQueries } from './representatives.api';
import type { TProxyStarted, TWard } from './representatives.types';

const FIELDS = ['surname', 'name', 'birthDate', 'snils'] as const;
type Field = (typeof FIELDS)[number];
const EMPTY: Record<Field, string> = { surname: '', name: '', birthDate: '', snils: '' };
const CODE_ID = 'proxy-code';

/** The fields checked with the server's own validators before sending. */
function validateProxy(values: Record<Field, string>): Partial<Record<Field, string>> {
  const found: Partial<Record<Field, string>> = {};
  const surname = parsePersonName(values.surname);
  if (!surname.ok) found.surname = describeIdentifierError('personName', surname.error);
  const name = parsePersonName(values.name);
  if (!name.ok) found.name = describeIdentifierError('personName', name.error);
  const birthDate = parseBirthDate(values.birthDate, new Date());
  if (!birthDate.ok) found.birthDate = describeIdentifierError('birthDate', birthDate.error);
  const snils = parseSnils(values.snils);
  if (!snils.ok) found.snils = describeIdentifierError('snils', snils.error);
  return found;
}

/**
 * Booking for another adult (docs/domain.md rule 3): their name, birth date and SNILS, then the code that went to
 * their phone — telling it is their consent. The answer to unknown or mismatched data is deliberately the
 * same, so the form cannot be used to find out who is registered.
 */
export function ProxyForm({ onConfirmed }: { onConfirmed: (ward: TWard) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const [started, setStarted] = useState<TProxyStarted | null>(null);

  useEffect(() => {
    if (focusRequest > 0) focusFirstInvalid(formRef.current);
  }, [focusRequest]);

  const request = useMutation({
    mutationFn: () => representativesApi.requestProxy(values),
    onSuccess: (answer) => {
      setErrors({});
      setStarted(answer);
    },
    onError: (error) => {
      const found = fieldErrorsOf(error, FIELDS);
      setErrors(found);
      if (Object.keys(found).length > 0) setFocusRequest((n) => n + 1);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateProxy(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    request.mutate();
  };

  if (started) {
    return (
      <ProxyCodeStep
        started={started}
        onRestart={() => {
          setStarted(null);
          request.reset();
        }}
        onConfirmed={async (ward) => {
          setStarted(null);
          setValues(EMPTY);
          request.reset();
          await queryClient.invalidateQueries({ queryKey: representativesQueries.wards().queryKey });
          onConfirmed(ward);
        }}
      />
    );
  }

  const field = (name: Field) => ({
    id: `proxy-${name}`,
    value: values[name],
    error: errors[name],
    onChange: (event: { target: { value: string } }) => {
      setValues((current) => ({ ...current, [name]: event.target.value }));
      if (errors[name]) setErrors(({ [name]: _, ...rest }) => rest);
    },
    autoComplete: 'off',
    required: true,
  });
  const failed = request.isError && Object.keys(errors).length === 0 ? request.error : null;

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <ThrottledFormAlert error={failed} />
      <TextField {...field('surname')} label={t('auth.fields.surname')} />
      <TextField {...field('name')} label={t('auth.fields.name')} />
      <TextField
        {...field('birthDate')}
        label={t('auth.fields.birthDate')}
        hint={t('auth.fields.birthDateHint')}
        inputMode="decimal"
      />
      <TextField
        {...field('snils')}
        label={t('auth.fields.snils')}
        hint={t('auth.fields.snilsHint')}
        inputMode="numeric"
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={request.isPending}>
          {t('family.proxy.submit')}
        </button>
      </div>
    </form>
  );
}

interface ProxyCodeStepProps {
  started: TProxyStarted;
  onRestart: () => void;
  onConfirmed: (ward: TWard) => void | Promise<void>;
}

function ProxyCodeStep({ started, onRestart, onConfirmed }: ProxyCodeStepProps) {
  const { t } = useTranslation();
  const leadRef = useRef<HTMLParagraphElement>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);

  // The step replaces the form: start reading at what happened and what to do.
  useEffect(() => {
    leadRef.current?.focus();
  }, []);

  const confirm = useMutation({
    mutationFn: () => representativesApi.confirmProxy(started.consentRequestId, code),
    onSuccess: onConfirmed,
    onError: (error) => {
      const fieldMessage = fieldErrorsOf(error, ['code'] as const).code;
      if (fieldMessage || errorCode(error) === 'CODE_INVALID') {
        setCodeError(fieldMessage ?? (error as Error).message);
        document.getElementById(CODE_ID)?.focus();
      }
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setCodeError(t('auth.validation.codeFormat'));
      document.getElementById(CODE_ID)?.focus();
      return;
    }
    setCodeError(null);
    confirm.mutate();
  };

  const failed = confirm.isError && !codeError ? confirm.error : null;
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('family.proxy.stepsLabel')}>
      <p ref={leadRef} tabIndex={-1}>
        {t('family.proxy.codeSent', { phone: started.codeSentTo })}
      </p>
      <ThrottledFormAlert error={failed} />
      <CodeField
        id={CODE_ID}
        label={t('family.proxy.codeLabel')}
        value={code}
        onChange={setCode}
        error={codeError}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={confirm.isPending}>
          {t('family.proxy.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={onRestart}>
          {t('family.proxy.restart')}
        </button>
      </div>
    </form>
  );
}
