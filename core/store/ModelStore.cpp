#include "ModelStore.h"

#include "ProjectFile.h"
#include "RowReader.h"
#include "base/Text.h"

#include <cstring>
#include <sqlite3.h>

namespace kol {

namespace {
constexpr int64_t kMaxElements = 16 * 1024 * 1024; // 64 MiB of floats per tensor
}

Status ModelStore::save(const std::string& name, const StoredModel& model)
{
    if (m_project.readOnly()) {
        return Status::failure(m_project.path() + ": is open read-only");
    }
    Database& db = m_project.database();
    Transaction tx(db);
    auto del = db.prepare("DELETE FROM model WHERE name = ?1");
    auto head = db.prepare("INSERT INTO model(name, kind, created_at) VALUES (?1, ?2, ?3)");
    auto tensor = db.prepare("INSERT INTO model_tensor VALUES (?1, ?2, ?3, ?4, ?5)");
    auto value = db.prepare("INSERT INTO model_value VALUES (?1, ?2, ?3, ?4)");
    if (!tx.status() || !del || !head || !tensor || !value) {
        return Status::failure(db.lastError());
    }
    Status s = del->bind(1, name).run();
    if (s) {
        s = head->bind(1, name).bind(2, model.kind).bind(3, utcTimestamp()).run();
    }
    for (auto it = model.tensors.begin(); s && it != model.tensors.end(); ++it) {
        const TensorData& t = it->second;
        if (t.values.size() != static_cast<size_t>(t.rows) * static_cast<size_t>(t.cols)) {
            return Status::failure("model tensor " + quoteValue(it->first, 100) + " does not match its shape");
        }
        std::string bytes(t.values.size() * sizeof(float), '\0');
        std::memcpy(bytes.data(), t.values.data(), bytes.size());
        Statement& st = *tensor;
        st.bind(1, name).bind(2, it->first).bind(3, t.rows).bind(4, t.cols);
        s = st.bindBlob(5, bytes).run();
    }
    for (auto it = model.numbers.begin(); s && it != model.numbers.end(); ++it) {
        s = value->bind(1, name).bind(2, it->first).bind(3, it->second).bindNull(4).run();
    }
    for (auto it = model.texts.begin(); s && it != model.texts.end(); ++it) {
        s = value->bind(1, name).bind(2, it->first).bindNull(3).bind(4, it->second).run();
    }
    if (s) {
        s = tx.commit();
    }
    return s;
}

Result<std::optional<StoredModel>> ModelStore::load(const std::string& name)
{
    using R = Result<std::optional<StoredModel>>;
    Database& db = m_project.database();
    auto head = db.prepare("SELECT rowid, kind FROM model WHERE name = ?1");
    if (!head) {
        return head.status();
    }
    head->bind(1, name);
    if (!head->next()) {
        return head->status().isOk() ? R(std::optional<StoredModel>()) : R(head->status());
    }
    StoredModel model;
    {
        RowReader r(*head, "model", head->int64(0));
        model.kind = r.text(1, "kind", 40);
        if (!r.ok()) {
            return r.status();
        }
    }
    auto tensors = db.prepare("SELECT rowid, name, rows, cols, length(data), data FROM model_tensor WHERE model = ?1");
    if (!tensors) {
        return tensors.status();
    }
    tensors->bind(1, name);
    while (tensors->next()) {
        RowReader r(*tensors, "model_tensor", tensors->int64(0));
        const std::string tensorName = r.text(1, "name", 200);
        const int64_t rows = r.integer(2, "rows", 1, kMaxElements);
        const int64_t cols = r.integer(3, "cols", 1, kMaxElements);
        if (!r.ok()) {
            return r.status();
        }
        if (rows * cols > kMaxElements || tensors->columnType(5) != SQLITE_BLOB
            || tensors->int64(4) != rows * cols * static_cast<int64_t>(sizeof(float))) {
            return R::failure("table 'model_tensor' row " + std::to_string(tensors->int64(0)) + ": tensor "
                              + quoteValue(tensorName, 100) + " holds " + std::to_string(tensors->int64(4))
                              + " bytes, not " + std::to_string(rows) + "x" + std::to_string(cols) + " floats");
        }
        TensorData t{static_cast<int>(rows), static_cast<int>(cols),
                     std::vector<float>(static_cast<size_t>(rows * cols))};
        const std::string bytes = tensors->blob(5);
        std::memcpy(t.values.data(), bytes.data(), bytes.size());
        model.tensors[tensorName] = std::move(t);
    }
    auto values = db.prepare("SELECT rowid, name, number, text FROM model_value WHERE model = ?1");
    if (!tensors->status() || !values) {
        return tensors->status().isOk() ? R(values.status()) : R(tensors->status());
    }
    values->bind(1, name);
    while (values->next()) {
        RowReader r(*values, "model_value", values->int64(0));
        const std::string key = r.text(1, "name", 200);
        if (values->columnType(2) != SQLITE_NULL) {
            model.numbers[key] = r.real(2, "number", -1e300, 1e300);
        } else {
            model.texts[key] = r.text(3, "text", 100000, true);
        }
        if (!r.ok()) {
            return r.status();
        }
    }
    if (!values->status()) {
        return values->status();
    }
    return std::optional<StoredModel>(std::move(model));
}

} // namespace kol
