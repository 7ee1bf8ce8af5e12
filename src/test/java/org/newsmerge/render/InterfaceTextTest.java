package org.newsmerge.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class InterfaceTextTest {

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = InterfaceText.class.getResourceAsStream(name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void theArabicBundleSaysEveryThingTheEnglishOneDoes() throws IOException {
    assertThat(bundle("interface_ar.properties").stringPropertyNames())
        .isEqualTo(bundle("interface.properties").stringPropertyNames());
  }

  @Test
  void autoFollowsTheMainLanguageOfTheText() {
    assertThat(InterfaceText.choose("auto", "قال الوزير إن المحادثات ستستأنف").language())
        .isEqualTo("ar");
    assertThat(InterfaceText.choose("auto", "The talks resume on Monday").language())
        .isEqualTo("en");
    assertThat(InterfaceText.choose("en", "قال الوزير").language()).isEqualTo("en");
  }

  @Test
  void numbersAndDatesAreWrittenForTheLanguage() {
    InterfaceText ar = InterfaceText.of("ar");
    InterfaceText en = InterfaceText.of("en");
    assertThat(ar.number(1731)).isEqualTo("١٬٧٣١");
    assertThat(en.number(1731)).isEqualTo("1,731");
    assertThat(ar.decimal(0.93, 2)).isEqualTo("٠٫٩٣");
    assertThat(ar.get("sentence", 80)).isEqualTo("الجملة ٨٠");
    assertThat(en.get("disagree.many", 3)).isEqualTo("Outlets disagree (3 places)");
    assertThat(ar.day("2015-07-21 02:45:44")).isEqualTo("٢١ يوليو ٢٠١٥");
    assertThat(en.date("2022-01-05T10:30:00")).isEqualTo("January 5, 2022, 10:30 AM");
    assertThat(en.date("Sunday morning")).isEqualTo("Sunday morning");
  }

  @Test
  void anApostropheInAPatternIsText() {
    assertThat(InterfaceText.of("en").get("valueIn", "it's", "AP")).isEqualTo("“it's” in AP");
  }

  @Test
  void anUnknownLanguageIsRefusedByName() {
    assertThatThrownBy(() -> InterfaceText.checkChoice("fr"))
        .hasMessage("language (fr) must be auto or one of [en, ar]");
  }

  /**
   * Every label as MessageFormat writes it, with text, integers small and large, and fewer
   * arguments than places: the plain patterns are filled without it.
   */
  @Test
  void everyLabelReadsAsMessageFormatWritesIt() throws IOException {
    for (String lang : InterfaceText.LANGUAGES) {
      InterfaceText t = InterfaceText.of(lang);
      Properties p = bundle(lang.equals("en") ? "interface.properties" : "interface_ar.properties");
      java.util.Locale locale = java.util.Locale.forLanguageTag(p.getProperty("locale"));
      java.text.NumberFormat integers = java.text.NumberFormat.getIntegerInstance(locale);
      Object[][] argumentLists = {
        {"a 'quoted' {x}", "b"}, {7, 4095L, 4096, 1234567L}, {"only one"}, {-3, "x", 0}
      };
      for (String key : p.stringPropertyNames()) {
        for (Object[] args : argumentLists) {
          Object[] shown = args.clone();
          for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Number n) shown[i] = integers.format(n.longValue());
          }
          String expected =
              new java.text.MessageFormat(p.getProperty(key).replace("'", "''"), locale)
                  .format(shown);
          assertThat(t.get(key, args)).as(lang + " " + key).isEqualTo(expected);
        }
      }
      for (long n : new long[] {0, 9, 999, 1000, 4095, 4096, 123456, -1}) {
        assertThat(t.number(n)).isEqualTo(integers.format(n));
      }
    }
  }
}
