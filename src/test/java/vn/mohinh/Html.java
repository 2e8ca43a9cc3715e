package vn.mohinh;

import java.io.UnsupportedEncodingException;

import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;

/**
 * Page content as a reader sees it: Spring's form tags write Vietnamese letters in field values as
 * named entities (Th&amp;ocirc;n), so assertions compare the unescaped text.
 */
public final class Html {

	private Html() {
	}

	public static ResultMatcher shows(String text) {
		return contains(Matchers.containsString(text));
	}

	public static ResultMatcher doesNotShow(String text) {
		return contains(Matchers.not(Matchers.containsString(text)));
	}

	private static ResultMatcher contains(Matcher<String> matcher) {
		return result -> {
			try {
				org.hamcrest.MatcherAssert.assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()), matcher);
			}
			catch (UnsupportedEncodingException e) {
				throw new AssertionError(e);
			}
		};
	}

}
