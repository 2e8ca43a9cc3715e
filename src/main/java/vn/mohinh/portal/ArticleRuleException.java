package vn.mohinh.portal;

import java.util.List;

import vn.mohinh.shared.rules.RuleException;

/** One or more rules of articles were broken; each names its form field (or none) and the message key. */
class ArticleRuleException extends RuleException {

	ArticleRuleException(String field, String messageKey, Object... args) {
		super(field, messageKey, args);
	}

	ArticleRuleException(List<Violation> violations) {
		super(violations);
	}

	/** Collects broken rules of articles and throws them as one {@link ArticleRuleException}. */
	static final class Rules extends RuleException.Rules {

		Rules() {
			super(ArticleRuleException::new);
		}

	}

}
