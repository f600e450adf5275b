package be.duaalatlas.analysis;

import java.io.Reader;
import java.util.Set;

import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;

/** {@code html_strip} char filter with {@code escaped_tags} (tags to keep). */
final class HtmlStripCharFilterFactory extends AbstractCharFilterFactory {

	private final Set<String> escapedTags;

	HtmlStripCharFilterFactory(IndexSettings indexSettings, Environment env, String name, Settings settings) {
		super(name);
		this.escapedTags = Set.copyOf(settings.getAsList("escaped_tags"));
	}

	@Override
	public Reader create(Reader reader) {
		return new HTMLStripCharFilter(reader, escapedTags);
	}

}
