import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { authApi, forgetSession } from './auth.api';

/** Location state of the login page after logging out: it says «Вы вышли из Талона». */
export const LOGGED_OUT_STATE = { notice: 'loggedOut' } as const;

/**
 * Ends this session (or all of them) and goes to the login page, which says so. A 401 means the session
 * had already ended: the outcome the user wanted.
 */
export function useLogout(scope: 'this' | 'all' = 'this') {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await (scope === 'all' ? authApi.logoutAll() : authApi.logout());
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: () => {
      // On a private page `RequireLogin` may redirect first (the login page loads lazily, so the old page
      // stays on screen a moment); it then goes to the same place with the same notice.
      forgetSession(queryClient, 'logout');
      navigate('/login', { state: LOGGED_OUT_STATE });
    },
  });
}
