package org.newsmerge.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.StringEscapeUtils;

/** The HTML briefs' escaping is Commons Text's, with the apostrophe too. */
class HtmlEscapeTest {

  @Property
  void escapesAsCommonsTextDoesPlusTheApostrophe(
      @ForAll
          @Chars({
            'a', 'ب', '<', '>', '&', '"', '\'', '«', '»', 'é', '\u00A0', '\u200F', '—', '€', '∑',
            '\uD83D', '\uDE00', 'ل'
          })
          @StringLength(max = 30)
          String s) {
    assertThat(BriefHtml.esc(s)).isEqualTo(StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;"));
  }
}
