package vn.mohinh.portal;

/** Someone saved the article after the user opened it; the user's change is refused, not merged. */
class StaleArticleException extends RuntimeException {

	StaleArticleException(Object id) {
		super("article " + id + " changed meanwhile");
	}

}
