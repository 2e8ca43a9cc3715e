package vn.mohinh.account;

/** What a user may do inside their scope (DESIGN.md §2). */
public enum Role {

	/** Quản trị: everything, including users, catalogues and localities. */
	ADMIN,
	/** Cán bộ: creates and edits records in scope. */
	EDITOR,
	/** Đoàn kiểm tra: records inspections in scope. */
	INSPECTOR,
	/** Lãnh đạo: reads everything in scope, approves, comments. */
	VIEWER;

	boolean canEdit() {
		return this == ADMIN || this == EDITOR;
	}

}
