package dev.fureai.content;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Removes {@code href} and {@code src} values that {@link SafeUrls} refuses, for every
 * kind of link flexmark renders (inline, reference, autolink). A link then renders as its
 * text only, and an image is dropped by the sanitizer.
 */
final class UrlCheckExtension implements HtmlRenderer.HtmlRendererExtension {

	@Override
	public void rendererOptions(MutableDataHolder options) {
	}

	@Override
	public void extend(HtmlRenderer.Builder builder, String rendererType) {
		builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {

			@Override
			public AttributeProvider apply(LinkResolverContext context) {
				return (node, part, attributes) -> {
					String href = attributes.getValue("href");
					if (!href.isEmpty() && !SafeUrls.isSafeLink(href)) {
						attributes.remove("href");
					}
					String src = attributes.getValue("src");
					if (!src.isEmpty() && !SafeUrls.isSafeImage(src)) {
						attributes.remove("src");
					}
				};
			}

		});
	}

}
