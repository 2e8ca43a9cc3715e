/**
 * Notifications (thông báo): what the application tells a user, such as inspection reminders, kept
 * per user and topic so that each reaches its user once, read in the app and mailed by a job.
 * {@link vn.mohinh.notification.Notifications} is how other modules send one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Thông báo (notifications)")
package vn.mohinh.notification;
