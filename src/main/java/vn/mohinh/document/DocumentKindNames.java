package vn.mohinh.document;

import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.mohinh.shared.text.VietnameseText;

/** The Vietnamese name of each kind, from the message files, for the search key. */
@Component
class DocumentKindNames implements Function<DocumentKind, String> {

	private final MessageSource messages;

	DocumentKindNames(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String apply(DocumentKind kind) {
		return messages.getMessage(kind.messageKey(), null, kind.name(), VietnameseText.VI);
	}

}
