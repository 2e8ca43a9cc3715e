/**
 * Guiding documents (văn bản chỉ đạo): the register of directives, resolutions, plans and campaigns
 * that models carry out, with their attached files. Other modules use
 * {@link vn.mohinh.document.GuidingDocuments} and {@link vn.mohinh.document.GuidingDocumentView}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Văn bản chỉ đạo (guiding documents)")
package vn.mohinh.document;
