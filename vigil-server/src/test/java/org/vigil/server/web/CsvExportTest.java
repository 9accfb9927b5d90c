package org.vigil.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class CsvExportTest {
  @Test
  void eachEventIsOneRowQuotedWhereItsTextNeedsIt() throws Exception {
    var e = ApiClient.MAPPER.readTree("""
        {"event_id": "e1", "date": "2021-07-06", "source": {"code": "TJKGOV", "name": "Tajikistan"},
         "target": {"code": "IGOCSTO", "name": "CSTO"}, "cameo": "0233", "plover": {"event": "AID"},
         "quad_class": 1, "goldstein": 3.4, "modality": "requested",
         "location": {"name": "Dushanbe", "country": "TJK", "lat": 38.5, "lon": 68.7}, "confidence": 0.8,
         "article_id": "a1", "evidence": {"sentence": "He said, \\"help\\",\\nnow."}}""");
    var bare = ApiClient.MAPPER.readTree("""
        {"event_id": "e2", "date": "2021-07-07", "source": {"code": "RUS"}, "cameo": "036", "plover": {"event": "CONSULT"},
         "quad_class": 1, "goldstein": 4, "modality": "asserted", "confidence": 0.5, "article_id": "a2",
         "evidence": {"sentence": "Talks."}}""");
    String csv = CsvExport.csv(List.of(e, bare));
    assertThat(csv).isEqualTo(String.join(",", CsvExport.COLUMNS) + "\n"
        + "e1,2021-07-06,TJKGOV,Tajikistan,IGOCSTO,CSTO,0233,AID,1,3.4,requested,Dushanbe,TJK,38.5,68.7,0.8,a1,"
        + "\"He said, \"\"help\"\",\nnow.\"\n"
        + "e2,2021-07-07,RUS,\"\",\"\",\"\",036,CONSULT,1,4,asserted,\"\",\"\",\"\",\"\",0.5,a2,Talks.\n");
  }
}
