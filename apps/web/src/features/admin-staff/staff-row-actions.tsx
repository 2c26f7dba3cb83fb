import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { ErrorMessage } from '../../shared/ui/error-message';
import { STAFF_ROLES, staffApi, type TStaffMember } from './staff.api';

/**
 * The changes of one staff member at one clinic: roles, block with a reason, unblock; for a system admin also
 * the support operator's role (held for no clinic, so the same on every row of the person).
 */
export function StaffRowActions({
  member,
  isSystemAdmin,
  onChanged,
}: {
  member: TStaffMember & { accountId: string };
  isSystemAdmin: boolean;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const [roles, setRoles] = useState<string[]>(member.roles);
  const [reason, setReason] = useState('');
  const setRolesMutation = useMutation({
    mutationFn: () => staffApi.setRoles(member.accountId, member.organizationId, roles),
    onSuccess: () => onChanged(t('staff.rolesChanged', { name: member.fullName })),
  });
  const block = useMutation({
    mutationFn: () => staffApi.block(member.accountId, reason),
    onSuccess: () => onChanged(t('staff.blocked', { name: member.fullName })),
  });
  const unblock = useMutation({
    mutationFn: () => staffApi.unblock(member.accountId),
    onSuccess: () => onChanged(t('staff.unblocked', { name: member.fullName })),
  });
  const operator = useMutation({
    mutationFn: () => staffApi.setSupportOperator(member.accountId, !member.supportOperator),
    onSuccess: () =>
      onChanged(
        t(member.supportOperator ? 'staff.operatorRemoved' : 'staff.operatorGranted', {
          name: member.fullName,
        }),
      ),
  });
  return (
    <div className="staff-actions">
      <ConfirmAction
        label={t('staff.changeRoles')}
        labelDetail={member.fullName}
        question={t('staff.changeRolesQuestion', { name: member.fullName, clinic: member.organizationName })}
        confirmLabel={t('staff.saveRoles')}
        isDestructive={false}
        isPending={setRolesMutation.isPending}
        error={setRolesMutation.isError ? <ErrorMessage error={setRolesMutation.error} /> : undefined}
        onConfirm={() => setRolesMutation.mutate()}
      >
        {STAFF_ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(event) =>
                setRoles(event.target.checked ? [...roles, role] : roles.filter((r) => r !== role))
              }
            />{' '}
            {t(`staff.role.${role}`)}
          </label>
        ))}
      </ConfirmAction>
      {isSystemAdmin ? (
        <ConfirmAction
          // A new action once the role changed: closed, not left asking the opposite question.
          key={String(member.supportOperator)}
          label={t(member.supportOperator ? 'staff.removeOperator' : 'staff.makeOperator')}
          labelDetail={member.fullName}
          question={t(
            member.supportOperator ? 'staff.removeOperatorQuestion' : 'staff.makeOperatorQuestion',
            {
              name: member.fullName,
            },
          )}
          confirmLabel={t(
            member.supportOperator ? 'staff.removeOperatorConfirm' : 'staff.makeOperatorConfirm',
          )}
          isDestructive={member.supportOperator}
          isPending={operator.isPending}
          error={operator.isError ? <ErrorMessage error={operator.error} /> : undefined}
          onConfirm={() => operator.mutate()}
        />
      ) : null}
      {member.status === 'blocked' ? (
        <ConfirmAction
          label={t('staff.unblock')}
          labelDetail={member.fullName}
          question={t('staff.unblockQuestion', { name: member.fullName })}
          confirmLabel={t('staff.unblockConfirm')}
          isDestructive={false}
          isPending={unblock.isPending}
          error={unblock.isError ? <ErrorMessage error={unblock.error} /> : undefined}
          onConfirm={() => unblock.mutate()}
        />
      ) : (
        <ConfirmAction
          label={t('staff.block')}
          labelDetail={member.fullName}
          question={t('staff.blockQuestion', { name: member.fullName })}
          confirmLabel={t('staff.blockConfirm')}
          isPending={block.isPending}
          error={block.isError ? <ErrorMessage error={block.error} /> : undefined}
          onConfirm={() => block.mutate()}
        >
          <div className="field">
            <label htmlFor={`${ids}-reason`} className="field__label">
              {t('staff.blockReason')}
            </label>
            <input
              id={`${ids}-reason`}
              className="field__input"
              value={reason}
              maxLength={500}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
        </ConfirmAction>
      )}
    </div>
  );
}
