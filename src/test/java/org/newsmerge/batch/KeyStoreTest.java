package org.newsmerge.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.newsmerge.text.Normalizer;

class KeyStoreTest {

  @Property
  void everyKeyComesBackAsItWent(@ForAll List<String> texts) {
    KeyStore store = new KeyStore();
    List<String> keys = new ArrayList<>();
    for (String t : texts) keys.add(Normalizer.key(t));
    for (String k : keys) store.add(k);
    for (int i = 0; i < keys.size(); i++) assertThat(store.get(i)).isEqualTo(keys.get(i));
  }

  @Test
  void arabicKeysTakeOneBytePerLetter() {
    String key = Normalizer.key("وقالت السكرتيرة الصحفية للبيت الأبيض");
    assertThat(KeyStore.encode(key)).hasSize(key.length());
  }

  @Test
  void keysAcrossChunkBoundariesStayWhole() {
    KeyStore store = new KeyStore();
    String big = "ب".repeat(KeyStore.MAX_KEY);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) keys.add(i % 2 == 0 ? big : "key " + i);
    keys.forEach(store::add);
    for (int i = 0; i < keys.size(); i++) assertThat(store.get(i)).isEqualTo(keys.get(i));
  }

  @Test
  void overlongKeysAreRefusedWithTheirLength() {
    assertThatThrownBy(() -> new KeyStore().add("x".repeat(KeyStore.MAX_KEY + 1)))
        .hasMessageContaining(String.valueOf(KeyStore.MAX_KEY + 1));
  }
}
