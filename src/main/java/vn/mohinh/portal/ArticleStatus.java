package vn.mohinh.portal;

/** Where an article is in its workflow; only PUBLISHED articles whose time has come are public. */
enum ArticleStatus {

	DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN

}
