package vn.mohinh.notification;

/** A line of the user's notification list, its time already in Vietnam's zone and format. */
public record NotificationView(long id, String title, String body, String link, String createdAt, boolean read) {
}
