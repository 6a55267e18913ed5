"""khabar's numpy MinHash is datasketch's MinHash LSH, bit for bit.

datasketch stays the reference (a test dependency); khabar does not import it at
run time because it pulls in scipy and doubles start-up.
"""

import zlib

import numpy as np
import pytest

from khabar.cluster.neardup import lsh_bands, signature

datasketch = pytest.importorskip("datasketch")


@pytest.mark.parametrize("num_perm", [64, 128])
def test_signatures_equal_datasketch_affine32(num_perm):
    shingles = [f"किम जोंग उन {i} रूस पहुंचे".encode() for i in range(40)] + [b"putin", b"vostochny"]
    reference = datasketch.MinHash(num_perm=num_perm, hashfunc=zlib.crc32, seed=1, scheme="affine32")
    reference.update_batch(shingles)
    assert np.array_equal(signature(shingles, num_perm), reference.hashvalues)


@pytest.mark.parametrize("threshold", [0.5, 0.8, 0.9])
def test_bands_equal_datasketch_lsh(threshold):
    lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=64)
    assert lsh_bands(threshold, 64) == (lsh.b, lsh.r)


@pytest.mark.parametrize("tokens", [
    "किम जोंग उन मंगलवार को रूस पहुंचे और किम जोंग उन बुधवार को पुतिन से मिले".split(),  # a repeated window
    ["new york", "में", "आज", "बारिश", "हुई", "और", "new york", "में", "कल", "भी"],  # tokens holding a space
    ["", "एक", "", "दो", "तीन", "चार", "पांच"],  # empty tokens
])
def test_body_signature_is_datasketch_over_its_word_shingles(tokens):
    from khabar.cluster.neardup import NearDuplicates

    index = NearDuplicates(num_perm=64, shingle=5)
    windows = {" ".join(tokens[i:i + 5]).encode("utf-8") for i in range(len(tokens) - 4)}
    reference = datasketch.MinHash(num_perm=64, hashfunc=zlib.crc32, seed=1, scheme="affine32")
    reference.update_batch(sorted(windows))
    assert np.array_equal(index._signature(tokens), reference.hashvalues)
