"""Near-duplicate detection: numpy MinHash + LSH banding, no datasketch (scipy) at import."""

from __future__ import annotations

import subprocess
import sys

from khabar.cluster.neardup import NearDuplicates, lsh_bands, signature

BODY = ("उत्तर कोरिया के नेता किम जोंग उन अपनी विशेष ट्रेन से रूस पहुंचे जहां वे राष्ट्रपति व्लादिमीर पुतिन से "
        "मिलेंगे और दोनों नेताओं के बीच हथियारों के सौदे पर बातचीत होने की संभावना है अमेरिका ने इस पर चिंता "
        "जताई है").split()
OTHER = ("मुंबई में भारी बारिश से लोकल ट्रेन सेवाएं ठप हो गईं और कई इलाकों में पानी भर गया नगर निगम ने "
         "लोगों से घरों में रहने की अपील की है स्कूल कॉलेज बंद रहेंगे मौसम विभाग ने चेतावनी दी").split()


def test_copy_with_one_word_changed_is_found_and_other_text_is_not():
    dups = NearDuplicates(threshold=0.8, num_perm=64, shingle=5)
    assert dups.check_and_add("a", BODY, "fp-a") is None
    edited = BODY[:-1] + ["जताई।"]
    assert dups.check_and_add("b", edited, "fp-b") == "a"
    assert dups.check_and_add("c", OTHER, "fp-c") is None


def test_removed_articles_are_forgotten_and_state_restores():
    dups = NearDuplicates()
    dups.check_and_add("a", BODY, "fp-a")
    state = dups.state()
    dups.remove(["a"])
    assert dups.check_and_add("b", BODY, "fp-b") is None  # "a" is gone; "b" is now the original
    resumed = NearDuplicates()
    resumed.restore(state)
    assert resumed.check_and_add("c", BODY, "fp-c") == "a"


def test_signature_is_a_set_function_and_bands_fit_the_signature():
    shingles = [w.encode("utf-8") for w in BODY]
    assert (signature(shingles, 64) == signature(list(reversed(shingles)) * 2, 64)).all()
    bands, rows = lsh_bands(0.8, 64)
    assert bands * rows <= 64 and bands > 1 and rows > 1


def test_clustering_does_not_import_scipy():
    code = "import sys, khabar.cluster as c; c.OnlineClusterer(); print('scipy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
