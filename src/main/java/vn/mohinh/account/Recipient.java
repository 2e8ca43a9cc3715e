package vn.mohinh.account;

/**
 * Whom a reminder reaches: an account's username (for in-app notifications), its name, its e-mail
 * address (null when none is given) and the person it belongs to (null when not linked).
 */
public record Recipient(String username, String displayName, String email, Long personId) {
}
