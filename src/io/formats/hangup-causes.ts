/**
 * Q.850 hangup causes (as FreeSWITCH names them) that say the called side was busy or refused:
 * when the legs of an unanswered call end differently, these tell more than a plain no-answer.
 */
export const BUSY_CAUSES = ['USER_BUSY', 'CALL_REJECTED', 'NORMAL_CIRCUIT_CONGESTION', 'SWITCH_CONGESTION'] as const;
