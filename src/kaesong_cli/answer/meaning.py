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


# The fast path (issue 18's budget: a warm `ask` must not import numpy nor parse the tokenizer).
# A text's vector is the mean of its tokens' vectors; the tokens of a text are, to a close
# approximation, those of its pieces (words and punctuation marks, each tokenised alone), so
# keeping each piece's summed token vectors and token count is enough to embed a question made
# of pieces already seen. They are kept beside the cached index in `<index>.meaning.sqlite` with
# the statements' vectors (float32, computed from the same pieces), for bases of at most
# SMALL statements; a question with a piece never seen loads the model once, and the new pieces
# are added. Larger bases use the numpy path above (statement_vectors, similarities).
SMALL = 5000
_PIECE = None


def pieces(text: str) -> list[str]:
    global _PIECE
    if _PIECE is None:
        import re

        _PIECE = re.compile(r"[^\W_]+|[^\w\s]")
    return _PIECE.findall(text)


class Fast:
    """embed() and the statement vectors from `<index>.meaning.sqlite`; the model only for new pieces."""

    def __init__(self, path: str, conn, count: int):
        self.path, self.conn, self.count = path, conn, count
        self._model: Model | None = None
        self._vectors: list | None = None

    def model(self) -> Model:
        if self._model is None:
            self._model = Model()
        return self._model

    def embed(self, texts: list[str]) -> list:
        return [self._embed(t) for t in texts]

    def _embed(self, text: str):
        from array import array

        wanted = list(dict.fromkeys(pieces(text)))
        known = self._lookup(wanted)
        missing = [p for p in wanted if p not in known]
        if missing:
            known.update(self._learn(missing))
        total = array("f", bytes(4 * DIMENSIONS))
        n = 0
        for p in pieces(text):
            count, vec = known[p]
            if count:
                n += count
                for i, v in enumerate(vec):
                    total[i] += v
        return _unit(total, n)

    def _lookup(self, wanted: list[str]) -> dict:
        from array import array

        out = {}
        for i in range(0, len(wanted), 500):
            part = wanted[i:i + 500]
            for word, n, blob in self.conn.execute(
                    f"SELECT word, n, vec FROM pieces WHERE word IN ({','.join('?' * len(part))})", part):
                out[word] = (n, array("f", blob))
        return out

    def _learn(self, words: list[str]) -> dict:
        """Each piece's summed token vectors and count, from the model; kept when the file can be written."""
        from array import array

        try:
            model = self.model()
        except Unavailable:  # the model is gone: a new piece counts for nothing
            return {w: (0, array("f", bytes(4 * DIMENSIONS))) for w in words}
        np = model.np
        out = {}
        rows = []
        for i in range(0, len(words), BATCH):
            encoded = model.tokenizer.encode_batch(words[i:i + BATCH], add_special_tokens=False)
            for word, e in zip(words[i:i + BATCH], encoded, strict=True):
                real = [t for t, m in zip(e.ids, e.attention_mask, strict=True) if m]  # padding is not the word's
                ids = np.clip(np.array(real, dtype=np.int64), 0, model.table.shape[0] - 1)
                vec = model.table[ids].sum(axis=0).astype(np.float32) if len(ids) else np.zeros(DIMENSIONS, np.float32)
                out[word] = (len(ids), array("f", vec.tobytes()))
                rows.append((word, len(ids), vec.tobytes()))
        try:
            self.conn.executemany("INSERT OR REPLACE INTO pieces VALUES (?, ?, ?)", rows)
            self.conn.commit()
        except Exception:  # a read-only or full cache folder: the pieces live for this question only
            pass
        return out

    def vectors(self) -> list:
        if self._vectors is None:
            from array import array

            self._vectors = [array("f", blob) for (blob,) in self.conn.execute("SELECT vec FROM vectors ORDER BY sn")]
        return self._vectors


def _unit(total, n: int):
    from math import sqrt

    if n:
        total = [v / n for v in total]
    norm = sqrt(sum(v * v for v in total)) or 1.0
    return [v / norm for v in total]


def fast(index, progress=None) -> Fast | None:
    """The fast path for this index, made on first use; None for a large base, an index without a
    cache file, or a cache that cannot be written (then the numpy path answers)."""
    import sqlite3

    if not index.path:
        return None
    count = index.statement_count()
    if count > SMALL:
        return None
    path = index.path + ".meaning.sqlite"
    try:
        conn = sqlite3.connect(path)
        row = conn.execute("SELECT count(*) FROM vectors").fetchone() if _ready(conn) else None
        if row and row[0] == count:
            return Fast(path, conn, count)
        conn.close()
        return _make(index, path, count, progress)
    except (sqlite3.Error, OSError):
        return None


def _ready(conn) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'vectors'").fetchone() is not None


def _make(index, path: str, count: int, progress) -> Fast | None:
    """Compute the pieces of every statement and the statements' vectors, write them to a temporary
    file and rename it into place."""
    import sqlite3
    import tempfile

    model = Model()  # Unavailable when the model cannot be loaded: the caller answers from the words
    folder = os.path.dirname(path)
    fd, tmp = tempfile.mkstemp(prefix=".meaning-", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp)
        conn.executescript("CREATE TABLE pieces(word TEXT PRIMARY KEY, n INTEGER NOT NULL, vec BLOB NOT NULL) WITHOUT ROWID;"
                           "CREATE TABLE vectors(sn INTEGER PRIMARY KEY, vec BLOB NOT NULL);")
        maker = Fast(tmp, conn, count)
        maker._model = model
        texts = [text_of(s, label) for chunk in index.statement_texts(BATCH * 8) for s, label in chunk]
        words = list(dict.fromkeys(p for t in texts for p in pieces(t)))
        known = maker._learn(words)
        rows = []
        from array import array

        for sn, text in enumerate(texts, start=1):
            total = [0.0] * DIMENSIONS
            n = 0
            for p in pieces(text):
                c, vec = known[p]
                n += c
                total = [a + b for a, b in zip(total, vec, strict=True)]
            rows.append((sn, array("f", _unit(total, n)).tobytes()))
            if progress and sn % 1000 == 0:
                progress("embedding statements of", sn, count)
        conn.executemany("INSERT INTO vectors VALUES (?, ?)", rows)
        conn.commit()
        conn.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    made = sqlite3.connect(path)
    fast_ = Fast(path, made, count)
    fast_._model = maker._model
    return fast_


def similarities_fast(vectors: list, question: list) -> list[float]:
    """Cosine similarity (unit vectors) of the question with every statement, without numpy."""
    from operator import mul

    return [sum(map(mul, v, question)) for v in vectors]
