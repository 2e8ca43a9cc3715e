/**
 * Accounts: users with a role and a scope (a locality subtree), form login with throttling,
 * personal API tokens, and the security configuration of the whole application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tài khoản (accounts)")
package vn.mohinh.account;
