"""Ranking by meaning, offline: a static embedding model whose weights ship inside a PyPI wheel.

The model is wordllama's `l2_supercat_256`: a 32,000 x 256 table of token vectors
(`weights/l2_supercat_256.safetensors`, 16 MB) and its tokenizer
(`tokenizers/l2_supercat_tokenizer_config.json`), both inside the wordllama wheel. A text's vector
is the mean of its tokens' vectors, normalised: exactly what `WordLlamaInference.embed(norm=True)`
computes (tests/test_ask.py holds them equal). We read the two files ourselves rather than import
the `wordllama` package, which imports `requests` and more (about 0.28 s, half of ask's budget)
and whose `WordLlama.load()` looks for the tokenizer in the wrong folder and tries to download it.
Nothing here touches the network.

Statement vectors are computed once per index, on the first question, and kept beside the cached
index as `<index>.vectors.npy` (float16, one row per statement, in statement order), written to a
temporary name and renamed into place; a question then embeds only itself.
"""

from __future__ import annotations

import os

DIMENSIONS = 256
WEIGHTS = ("weights", "l2_supercat_256.safetensors")
TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")
BATCH = 1024


class Unavailable(Exception):
    """The model cannot be loaded here (wordllama, numpy or tokenizers missing or broken)."""


def _package_dir() -> str:
    from importlib.util import find_spec

    spec = find_spec("wordllama")  # finds the installed package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        raise Unavailable("the wordllama package is not installed")
    return next(iter(spec.submodule_search_locations))


class Model:
    def __init__(self, folder: str | None = None):
        try:
            import numpy as np
            from safetensors.numpy import load_file
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise Unavailable(f"{exc.name} is not installed") from None
        folder = folder or _package_dir()
        try:
            self.tokenizer = Tokenizer.from_file(os.path.join(folder, *TOKENIZER))
            table = load_file(os.path.join(folder, *WEIGHTS))["embedding.weight"]
        except Exception as exc:  # a missing or damaged file: answer lexically instead
            raise Unavailable(f"the model's files cannot be read ({exc})") from None
        self.tokenizer.enable_padding()
        self.tokenizer.no_truncation()
        self.np = np
        self.table = table.astype(np.float32)

    def embed(self, texts: list[str]):
        """Unit vectors (float32, len(texts) x 256): the mean of each text's token vectors."""
        np = self.np
        out = np.empty((len(texts), self.table.shape[1]), dtype=np.float32)
        for start in range(0, len(texts), BATCH):
            encoded = self.tokenizer.encode_batch(texts[start:start + BATCH], add_special_tokens=False)
            ids = np.array([e.ids for e in encoded], dtype=np.int32)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
            np.clip(ids, 0, self.table.shape[0] - 1, out=ids)
            summed = np.einsum("btd,bt->bd", self.table[ids], mask, dtype=np.float32)
            pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[start:start + len(encoded)] = pooled / np.where(norms == 0, 1.0, norms)
        return out


def text_of(statement_sentence: str, label: str | None) -> str:
    """What a statement's vector is made from: its sentence, led by its label when the sentence
    does not already start with it."""
    if label and not statement_sentence.startswith(label):
        return f"{label}: {statement_sentence}"
    return statement_sentence


def statement_vectors(index, model: Model, progress=None):
    """The index's statement vectors: from beside the cached index, or computed now (and saved
    there when the cache can be written)."""
    import numpy as np

    count = index.statement_count()
    path = index.path + ".vectors.npy" if index.path else None
    if path and os.path.isfile(path):
        try:
            stored = np.load(path, mmap_mode="r")
            if stored.shape == (count, DIMENSIONS):
                return stored
        except (OSError, ValueError):
            pass  # corrupt or of another index: computed again below
    vectors = np.empty((count, DIMENSIONS), dtype=np.float16)
    done = 0
    for texts in index.statement_texts(BATCH * 8):
        vectors[done:done + len(texts)] = model.embed([text_of(s, label) for s, label in texts])
        done += len(texts)
        if progress:
            progress("embedding statements of", done, count)
    if path:
        _save(path, vectors)
    return vectors


def _save(path: str, vectors) -> None:
    import tempfile

    import numpy as np

    folder = os.path.dirname(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".vectors-", suffix=".tmp", dir=folder)
    except OSError:
        return  # the cache folder refuses writes: the vectors live for this question only
    try:
        with os.fdopen(fd, "wb") as f:
            np.save(f, vectors)
        os.replace(tmp, path)
    except OSError:
        pass
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def similarities(vectors, question_vector, chunk: int = 65536):
    """Cosine similarity of the question with every statement (both are unit vectors), computed
    a chunk at a time so a large memory-mapped table is never converted whole."""
    import numpy as np

    out = np.empty(vectors.shape[0], dtype=np.float32)
    for start in range(0, vectors.shape[0], chunk):
        out[start:start + chunk] = vectors[start:start + chunk].astype(np.float32) @ question_vector
    return out
