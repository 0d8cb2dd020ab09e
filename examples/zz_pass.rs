use liftpace::storage::*;
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let what = std::env::args().nth(2).unwrap_or_default();
    let data = DataDir::new(&dir, "test");
    let t = std::time::Instant::now();
    if what == "digest" {
        let _ = std::fs::remove_file(data.cache_path());
        let (d, _) = load_digest(&data).unwrap();
        println!("digest {} in {:?}", d.records().len(), t.elapsed());
    } else if what == "read" {
        let (r, _) = read(&data.journal_path()).unwrap();
        println!("read {} in {:?}", r.len(), t.elapsed());
    } else {
        let mut n = 0;
        for_each_record(&data, |_| n += 1).unwrap();
        println!("pass {n} in {:?}", t.elapsed());
    }
}
